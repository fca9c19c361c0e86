// Front-end auth service for the ticket desk (React).
import axios from 'axios';

const API = '/api/auth/';

export function signIn(username, password) {
  return axios.post(API + 'signin', { username, password }).then((response) => {
    if (response.data.accessToken) {
      // the stored response carries the access token
      // expect: jwt-in-browser-storage
      localStorage.setItem('deskUser', JSON.stringify(response.data));
    }
    return response.data;
  });
}

export function rememberLayout(response) {
  if (response.data.columns) {
    // safe: jwt-in-browser-storage
    localStorage.setItem('deskLayout', JSON.stringify(response.data));
  }
}

export function signOut() {
  // safe: jwt-in-browser-storage
  localStorage.removeItem('deskUser');
}
